package fr.impact.dashboard.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Logs every unexpected failure on the server's console (with its stack trace), then lets
 * Spring answer with the French error page or a JSON error without any stack trace.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorLogging implements HandlerExceptionResolver {

    private static final Logger LOG = Logger.getLogger("fr.impact.dashboard");

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        if (ex instanceof org.springframework.web.bind.ServletRequestBindingException
                || ex instanceof org.springframework.beans.TypeMismatchException
                || ex instanceof org.springframework.web.multipart.MultipartException
                || (ex instanceof org.springframework.web.ErrorResponse r && r.getStatusCode().is4xxClientError())) {
            return null;
        }
        LOG.log(Level.SEVERE, "Erreur sur " + request.getMethod() + " " + request.getRequestURI(), ex);
        return null;
    }
}
