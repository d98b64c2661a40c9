package ru.socorder.service.reporting;

/** A printed form ready to send: file name, content type, bytes. */
public record PrintedForm(String fileName, String contentType, byte[] content) {
}
