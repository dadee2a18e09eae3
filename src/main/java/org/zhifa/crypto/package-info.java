/**
 * National commercial cryptography (GB/T 39786): SM3 digests, SM4 encryption of personal data at rest, SM2
 * signatures; BouncyCastle underneath.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.zhifa.crypto;
