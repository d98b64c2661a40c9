package ru.socorder.it;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** What a person reading a generated PDF sees: its text as pdftotext (poppler-utils, installed by CI) extracts it. */
final class Pdf {
    private Pdf() {
    }

    /** The text with all whitespace (line breaks inside cells too) folded to single spaces. */
    static String text(byte[] pdf) throws Exception {
        Path file = Files.createTempFile("socorder", ".pdf");
        try {
            Files.write(file, pdf);
            Process p = new ProcessBuilder("pdftotext", file.toString(), "-").redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
            p.waitFor(30, TimeUnit.SECONDS);
            return text;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
