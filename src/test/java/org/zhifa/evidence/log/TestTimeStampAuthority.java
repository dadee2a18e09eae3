package org.zhifa.evidence.log;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * A small RFC 3161 time-stamping authority for tests, built from BouncyCastle's TSP classes: an SM2 key (as a GM/T 0033
 * authority has) with a self-signed certificate for time stamping, answering {@code application/timestamp-query} over
 * HTTP on a port of this machine.
 */
public final class TestTimeStampAuthority implements AutoCloseable {

    private final KeyPair key;
    private final X509Certificate certificate;
    private final HttpServer server;
    private final AtomicLong serial = new AtomicLong(1);
    private final AtomicLong requests = new AtomicLong();

    public TestTimeStampAuthority() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC", LogKeyPair.BC);
        g.initialize(new ECGenParameterSpec("sm2p256v1"), new SecureRandom());
        key = g.generateKeyPair();
        X500Name name = new X500Name("CN=测试时间戳服务（虚构）,O=zhifa test");
        Date from = new Date(System.currentTimeMillis() - 86_400_000L);
        Date to = new Date(System.currentTimeMillis() + 10L * 365 * 86_400_000L);
        var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(1), from, to, name, key.getPublic())
                .addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping))
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        X509CertificateHolder holder = builder.build(new JcaContentSignerBuilder("SM3withSM2")
                .setProvider(LogKeyPair.BC).build(key.getPrivate()));
        certificate = new JcaX509CertificateConverter().setProvider(LogKeyPair.BC).getCertificate(holder);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 8);
        server.createContext("/tsa", ex -> {
            try (ex) {
                byte[] answer = respond(ex.getRequestBody().readAllBytes());
                ex.getResponseHeaders().set("Content-Type", "application/timestamp-reply");
                ex.sendResponseHeaders(200, answer.length);
                ex.getResponseBody().write(answer);
            } catch (Exception e) {
                ex.sendResponseHeaders(500, -1);
            }
        });
        server.start();
    }

    private byte[] respond(byte[] query) throws Exception {
        requests.incrementAndGet();
        TimeStampRequest request = new TimeStampRequest(query);
        var signer = new JcaSimpleSignerInfoGeneratorBuilder().setProvider(LogKeyPair.BC)
                .build("SM3withSM2", key.getPrivate(), certificate);
        TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(signer,
                new org.bouncycastle.operator.bc.BcDigestCalculatorProvider().get(
                        new org.bouncycastle.asn1.x509.AlgorithmIdentifier(GMObjectIdentifiers.sm3)),
                new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.2.156.10197.99.1"));
        tokens.addCertificates(new JcaCertStore(java.util.List.of(certificate)));
        TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens,
                java.util.Set.of(TSPAlgorithms.SHA256, TSPAlgorithms.SM3));
        return responses.generate(request, BigInteger.valueOf(serial.getAndIncrement()), new Date()).getEncoded();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/tsa";
    }

    public long requests() {
        return requests.get();
    }

    public X509Certificate certificate() {
        return certificate;
    }

    public String certificatePem() throws IOException {
        StringWriter w = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(w)) {
            pem.writeObject(certificate);
        }
        return w.toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
