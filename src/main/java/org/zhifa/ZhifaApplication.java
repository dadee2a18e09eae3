package org.zhifa;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** 交通运输行政执法综合管理信息系统 zhifa. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ZhifaApplication {

    public static void main(String[] args) {
        SpringApplication.run(ZhifaApplication.class, args);
    }
}
