package ru.socorder.web.shell;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The Russian UI bundle ({@code ru.socorder.web.i18n.messages}) for texts composed in Java. */
public final class Bundle {
    public static final Locale RU = Locale.forLanguageTag("ru");
    private static final String NAME = "ru.socorder.web.i18n.messages";

    private Bundle() {
    }

    public static String text(String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(NAME, RU).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, RU).format(args);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }
}
