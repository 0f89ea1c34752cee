package vn.ttdt.portal.shared.application;

/** Server-level settings given as system properties ({@code -Dportal....}) with safe defaults. */
public final class Settings {

    private Settings() {
    }

    public static int integer(String name, int defaultValue) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("System property " + name + " must be a whole number, not '" + value + "'", e);
        }
    }

    public static boolean flag(String name) {
        return Boolean.parseBoolean(System.getProperty(name, "false"));
    }

    public static String text(String name, String defaultValue) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? defaultValue : value.strip();
    }
}
