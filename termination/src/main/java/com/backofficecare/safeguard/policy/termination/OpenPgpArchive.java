package com.backofficecare.safeguard.policy.termination;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.util.Date;
import java.util.Iterator;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPPublicKeyRingCollection;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.operator.jcajce.JcaKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.jcajce.JcePGPDataEncryptorBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcePublicKeyKeyEncryptionMethodGenerator;

/**
 * An OpenPGP message encrypted to the agency's public key (AES-256 with integrity protection,
 * Bouncy Castle's OpenPGP), which the agency opens with GnuPG or any OpenPGP tool. Streams: memory
 * is bounded by the buffer, whatever the archive's size.
 */
@SuppressWarnings("JavaUtilDate") // Bouncy Castle's OpenPGP API speaks java.util.Date
final class OpenPgpArchive {

  private static final BouncyCastleProvider BC =
      new BouncyCastleProvider(); // not registered globally

  private OpenPgpArchive() {}

  /**
   * The key to encrypt to in an armored or binary public key block: one whose self-signature flags
   * it for encryption (communications or storage), not revoked, not expired; the newest such. A key
   * whose algorithm could encrypt but whose flags say "sign" (the usual GnuPG primary) is never
   * chosen: an agency that keeps that key offline could not open the archive.
   *
   * @throws IllegalArgumentException if the block is not a public key or has no usable encryption
   *     key
   */
  static PGPPublicKey encryptionKey(InputStream keyBlock) throws IOException {
    PGPPublicKey best = null;
    try {
      PGPPublicKeyRingCollection rings =
          new PGPPublicKeyRingCollection(
              PGPUtil.getDecoderStream(keyBlock), new JcaKeyFingerprintCalculator());
      long now = System.currentTimeMillis();
      for (Iterator<PGPPublicKeyRing> r = rings.getKeyRings(); r.hasNext(); ) {
        for (Iterator<PGPPublicKey> k = r.next().getPublicKeys(); k.hasNext(); ) {
          PGPPublicKey key = k.next();
          long valid = key.getValidSeconds();
          boolean expired = valid > 0 && key.getCreationTime().getTime() + valid * 1000 < now;
          if (key.isEncryptionKey()
              && !key.hasRevocation()
              && !expired
              && flaggedForEncryption(key)
              && (best == null || key.getCreationTime().after(best.getCreationTime()))) {
            best = key;
          }
        }
      }
    } catch (PGPException | RuntimeException e) {
      throw new IllegalArgumentException("the recipient key is not an OpenPGP public key", e);
    }
    if (best == null) {
      throw new IllegalArgumentException(
          "the recipient key has no usable encryption key (none"
              + " flagged for encryption, unrevoked and unexpired)");
    }
    return best;
  }

  /** Whether a self-signature on {@code key} carries the key flags for encryption. */
  private static boolean flaggedForEncryption(PGPPublicKey key) {
    int encrypt =
        org.bouncycastle.bcpg.sig.KeyFlags.ENCRYPT_COMMS
            | org.bouncycastle.bcpg.sig.KeyFlags.ENCRYPT_STORAGE;
    for (Iterator<org.bouncycastle.openpgp.PGPSignature> i = key.getSignatures(); i.hasNext(); ) {
      org.bouncycastle.openpgp.PGPSignature sig = i.next();
      org.bouncycastle.openpgp.PGPSignatureSubpacketVector hashed = sig.getHashedSubPackets();
      if (sig.getKeyID() != 0 && hashed != null && (hashed.getKeyFlags() & encrypt) != 0) {
        return true;
      }
    }
    return false;
  }

  /** A stream whose bytes end up, encrypted to {@code key}, in {@code out}; close it to finish. */
  static OutputStream open(PGPPublicKey key, String fileName, OutputStream out) throws IOException {
    try {
      PGPEncryptedDataGenerator enc =
          new PGPEncryptedDataGenerator(
              new JcePGPDataEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256)
                  .setWithIntegrityPacket(true)
                  .setSecureRandom(new SecureRandom())
                  .setProvider(BC));
      enc.addMethod(new JcePublicKeyKeyEncryptionMethodGenerator(key).setProvider(BC));
      OutputStream encrypted = enc.open(out, new byte[1 << 16]);
      PGPLiteralDataGenerator literal = new PGPLiteralDataGenerator();
      OutputStream plain =
          literal.open(encrypted, PGPLiteralData.BINARY, fileName, new Date(), new byte[1 << 16]);
      return new Sealing(plain, literal, enc);
    } catch (PGPException e) {
      throw new IOException("OpenPGP encryption failed", e);
    }
  }

  /** Writes into the literal packet; closing closes the literal, then the encryption, packets. */
  private static final class Sealing extends OutputStream {
    private final OutputStream plain;
    private final PGPLiteralDataGenerator literal;
    private final PGPEncryptedDataGenerator enc;

    Sealing(OutputStream plain, PGPLiteralDataGenerator literal, PGPEncryptedDataGenerator enc) {
      this.plain = plain;
      this.literal = literal;
      this.enc = enc;
    }

    @Override
    public void write(int b) throws IOException {
      plain.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      plain.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      literal.close();
      enc.close();
    }
  }

  /** The key's fingerprint, hex, for the certificate. */
  static String fingerprint(PGPPublicKey key) {
    return java.util.HexFormat.of().formatHex(key.getFingerprint());
  }
}
