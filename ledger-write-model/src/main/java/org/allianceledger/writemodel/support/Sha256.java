package org.allianceledger.writemodel.support;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of parts read one after the other: API key hashes, request fingerprints, the event hash chain. */
public final class Sha256 {

    private Sha256() {
    }

    public static byte[] of(byte[]... parts) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                sha256.update(part);
            }
            return sha256.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The digest in lower-case hexadecimal. */
    public static String hex(byte[]... parts) {
        return HexFormat.of().formatHex(of(parts));
    }
}
