package org.zhifa.inspection.internal;

/** A file taken on the phone (photo, video) with its name and media type. */
public record Upload(String fileName, String mediaType, byte[] content) {

    public boolean video() {
        return mediaType != null && mediaType.startsWith("video/");
    }
}
