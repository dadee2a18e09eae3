package org.zhifa.evidence.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.zhifa.evidence.log.Pkcs11Sm2Key;

/**
 * The log key in a PKCS#11 device instead of the key file (docs/evidence-log.md §11); unset by default (the key file,
 * for a single machine).
 *
 * @param library    path of the device's PKCS#11 module; set to use the device
 * @param tokenLabel the token's label
 * @param pin        the user PIN (from an environment variable or a protected file in production)
 * @param keyLabel   CKA_LABEL of the SM2 key pair (curve sm2p256v1) in the token
 * @param mechanism  the device's SM2 signature mechanism, e.g. {@code 0x80000101}: PKCS#11 defines none, each GM/T 0028
 *                   module documents its own
 * @param input      MESSAGE (the device computes SM3(Z‖M), the default of SM2 mechanisms that take data) or DIGEST
 *                   (zhifa computes e = SM3(Z‖M))
 */
@ConfigurationProperties("zhifa.evidence.pkcs11")
public record Pkcs11Properties(String library, String tokenLabel, String pin, String keyLabel, String mechanism,
        String input) {

    public Pkcs11Properties {
        if (library != null && library.isBlank()) {
            library = null;
        }
        if (input == null || input.isBlank()) {
            // SM2 signing mechanisms of GM/T 0028 modules commonly take the message and compute Z themselves
            input = "MESSAGE";
        }
        if (library != null) {
            List<String> missing = new ArrayList<>();
            if (tokenLabel == null || tokenLabel.isBlank()) {
                missing.add("token-label");
            }
            if (pin == null || pin.isEmpty()) {
                missing.add("pin");
            }
            if (keyLabel == null || keyLabel.isBlank()) {
                missing.add("key-label");
            }
            if (mechanism == null || mechanism.isBlank()) {
                missing.add("mechanism");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("设置 zhifa.evidence.pkcs11.library 时必须设置：zhifa.evidence.pkcs11."
                        + String.join("、zhifa.evidence.pkcs11.", missing));
            }
            try {
                Pkcs11Sm2Key.mechanism(mechanism);
                Pkcs11Sm2Key.Input.valueOf(input.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("zhifa.evidence.pkcs11.mechanism 应为数字（如 0x80000101），input 应为 MESSAGE 或 DIGEST");
            }
        }
    }

    public boolean enabled() {
        return library != null;
    }

    public Pkcs11Sm2Key.Settings settings() {
        return new Pkcs11Sm2Key.Settings(library, tokenLabel.strip(), pin.toCharArray(), keyLabel.strip(),
                Pkcs11Sm2Key.mechanism(mechanism), Pkcs11Sm2Key.Input.valueOf(input.strip().toUpperCase(
                        java.util.Locale.ROOT)));
    }
}
