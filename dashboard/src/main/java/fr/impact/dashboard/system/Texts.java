package fr.impact.dashboard.system;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The sentences the controllers build (flash messages, chart titles, problems with the
 * filters), from the same catalogue as the templates' {@code #{…}}, in the request's language
 * (French unless English was asked for; French outside a request).
 *
 * <p>Arguments are written as given: numbers and dates are formatted by {@link Formats} first,
 * never by {@code MessageFormat} (which would group a year's digits: {@code 2 025}).
 */
@Component("texts")
public class Texts {

    private final MessageSource messages;
    private final Formats formats;

    public Texts(MessageSource messages, Formats formats) {
        this.messages = requireNonNull(messages, "messages is null");
        this.formats = requireNonNull(formats, "formats is null");
    }

    /** The message {@code key} with its arguments, in the request's language. */
    public String get(String key, Object... args) {
        return messages.getMessage(key, plain(args), formats.locale());
    }

    /** A message made elsewhere (a problem with the filters), in the request's language. */
    public String get(MessageSourceResolvable m) {
        return messages.getMessage(new DefaultMessageSourceResolvable(m.getCodes(), plain(m.getArguments()),
                m.getDefaultMessage()), formats.locale());
    }

    /** Several messages, one after the other (a space between); null when there is none. */
    public String all(List<? extends MessageSourceResolvable> list) {
        if (list == null || list.isEmpty()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (MessageSourceResolvable m : list) {
            out.add(get(m));
        }
        return String.join(" ", out);
    }

    /** The numbers and dates of the request's language. */
    public Formats formats() {
        return formats;
    }

    /** French ({@code fr-FR}) or English. */
    public Locale locale() {
        return formats.locale();
    }

    /** {@code fr} or {@code en}: the pages' {@code <html lang>}. */
    public String language() {
        return formats.language();
    }

    public boolean english() {
        return formats.english();
    }

    /** Whether {@code n} takes the plural: from 2 in French ("0 ligne", "1 ligne"), all but 1 in English ("0 lines"). */
    public boolean plural(long n) {
        return english() ? n != 1 : n > 1;
    }

    private static Object[] plain(Object[] args) {
        if (args == null) {
            return new Object[0];
        }
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = args[i] == null ? "" : String.valueOf(args[i]);
        }
        return out;
    }
}
