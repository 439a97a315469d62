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
 * Spring answer with the French error page or a JSON error without any stack trace. An upload
 * the server cannot parse (other than a too large one, 413) is the client's fault: 400, with
 * a sentence for scripts.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorLogging implements HandlerExceptionResolver {

    private static final Logger LOG = Logger.getLogger("fr.impact.dashboard");

    /** Said to a script whose upload the server could not even parse. */
    static final String BAD_UPLOAD = "{\"error\": {\"code\": \"BAD_UPLOAD\", \"message\": "
            + "\"L'envoi du fichier est illisible : nom de fichier invalide (un caractère nul, par exemple) "
            + "ou requête tronquée. Renommez le fichier et recommencez. / The upload cannot be read: an invalid "
            + "file name (a NUL character, say) or a truncated request. Rename the file and try again.\"}}";

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        if (ex instanceof org.springframework.web.multipart.MultipartException
                && !(ex instanceof org.springframework.web.multipart.MaxUploadSizeExceededException)) {
            // the client's request is malformed (Tomcat refuses a NUL in a file name): 400, not 500
            try {
                if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                    response.setContentType("application/json;charset=UTF-8");
                    response.getWriter().write(BAD_UPLOAD);
                } else {
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                }
                return new ModelAndView();
            } catch (java.io.IOException e) {
                return null;
            }
        }
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
