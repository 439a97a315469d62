package fr.impact.dashboard.imports;

import fr.impact.dashboard.system.Formats;
import fr.impact.dashboard.system.Json;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A file over the upload limit (the park's {@code import.max-file-size}) is refused before
 * anything is read: 413 with the limit in a French sentence, as JSON for {@code /api/…}
 * ({@code {"error": {"code": "FILE_TOO_LARGE", …}}}) and as the error page for the form. A
 * form's upload may already fail in the server while the CSRF filter reads its token: the
 * error page then gets the limit from {@link Attributes}. The page speaks the visitor's language
 * ({@code 64 Ko} or {@code 64 KB}); the API's JSON stays French, as the command line's.
 */
@ControllerAdvice
class UploadTooLarge {

    static final String CODE = "FILE_TOO_LARGE";

    private final long max;
    private final Formats formats;

    UploadTooLarge(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize max, Formats formats) {
        this.max = max.toBytes();
        this.formats = formats;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request) {
        String message = "Le fichier dépasse la limite de " + french(max) + " : découpez-le (par exemple par mois) "
                + "ou augmentez import.max-file-size dans la configuration du parc.";
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            Map<String, Object> error = new TreeMap<>(Map.of("code", CODE, "message", message));
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_JSON)
                    .body(Json.write(Map.of("error", error)));
        }
        ModelAndView page = new ModelAndView("error", HttpStatus.CONTENT_TOO_LARGE);
        page.addObject("status", HttpStatus.CONTENT_TOO_LARGE.value());
        page.addObject("limit", size(max, formats.english()));
        return page;
    }

    /** The error page's attributes, plus the upload limit when the status is 413. */
    @org.springframework.stereotype.Component
    static class Attributes extends org.springframework.boot.webmvc.error.DefaultErrorAttributes {

        private final long max;
        private final Formats formats;

        Attributes(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize max, Formats formats) {
            this.max = max.toBytes();
            this.formats = formats;
        }

        @Override
        public Map<String, Object> getErrorAttributes(org.springframework.web.context.request.WebRequest request,
                org.springframework.boot.web.error.ErrorAttributeOptions options) {
            Map<String, Object> attributes = super.getErrorAttributes(request, options);
            if (Integer.valueOf(HttpStatus.CONTENT_TOO_LARGE.value()).equals(attributes.get("status"))) {
                attributes.put("limit", size(max, formats.english()));
            }
            return attributes;
        }
    }

    /** {@code 65536} → {@code 64 Ko}, {@code 2147483648} → {@code 2 Go}; one decimal when not whole. */
    static String french(long bytes) {
        return size(bytes, false);
    }

    /** A size in French ({@code 64 Ko}, {@code 1,5 Mo}) or English ({@code 64 KB}, {@code 1.5 MB}). */
    static String size(long bytes, boolean english) {
        String[] units = english ? new String[] {"B", "KB", "MB", "GB", "TB"} : new String[] {"o", "Ko", "Mo", "Go", "To"};
        double v = bytes;
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        String n = v == Math.rint(v) ? String.valueOf((long) v)
                : String.format(english ? Locale.UK : Locale.FRANCE, "%.1f", v);
        return n + " " + units[u];
    }
}
