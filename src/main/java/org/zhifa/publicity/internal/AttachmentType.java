package org.zhifa.publicity.internal;

import java.util.Arrays;
import java.util.Optional;

/** The attachment types the public may upload, recognised by their first bytes, never by the file name. */
public enum AttachmentType {
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'});

    private final String mediaType;
    private final byte[] magic;

    AttachmentType(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<AttachmentType> detect(byte[] content) {
        return Arrays.stream(values())
                .filter(t -> content.length >= t.magic.length
                        && Arrays.equals(content, 0, t.magic.length, t.magic, 0, t.magic.length))
                .findFirst();
    }
}
