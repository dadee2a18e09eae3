package org.zhifa;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** 交通运输行政执法综合管理信息系统 zhifa. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync
public class ZhifaApplication {

    public static void main(String[] args) {
        if (args.length > 0 && "verify-evidence".equals(args[0])) {
            // Offline check of an evidence file against its proof: no Spring, no database.
            System.exit(org.zhifa.evidence.EvidenceVerifierCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && "verify-draw".equals(args[0])) {
            // Offline recomputation of a published random draw (docs/random-draw.md): no Spring, no database.
            System.exit(org.zhifa.draw.DrawVerifierCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && "witness".equals(args[0])) {
            // A witness of an evidence log run by another body: its own data directory and key, no Spring, no database.
            int code = org.zhifa.evidence.WitnessCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length));
            System.exit(code);
        }
        if (args.length > 0 && "verify-document".equals(args[0])) {
            // Offline check of the electronic seal of an OFD document: no Spring, no database.
            System.exit(org.zhifa.documents.DocumentVerifierCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(ZhifaApplication.class, args);
    }
}
