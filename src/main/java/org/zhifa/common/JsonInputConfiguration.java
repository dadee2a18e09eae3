package org.zhifa.common;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * JSON request bodies: a string holding a character that cannot be stored ({@link InputText}) is refused while
 * reading, so that the answer names the field (400) instead of the database failing later.
 */
@Configuration(proxyBeanMethods = false)
class JsonInputConfiguration {

    @Bean
    JsonMapperBuilderCustomizer refuseUnstorableText() {
        SimpleModule module = new SimpleModule("zhifa-input-text");
        module.addDeserializer(String.class, new CheckedStringDeserializer());
        return builder -> builder.addModule(module);
    }

    /** Jackson's string reading, then the {@link InputText} check. */
    static final class CheckedStringDeserializer extends StdScalarDeserializer<String> {

        CheckedStringDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            String reason = InputText.reason(value);
            if (reason != null) {
                throw new RefusedTextException(p, reason);
            }
            return value;
        }
    }

    /** A string with a character {@link InputText} refuses; the reason is Chinese, the path names the field. */
    static final class RefusedTextException extends MismatchedInputException {

        private final String reason;

        RefusedTextException(JsonParser p, String reason) {
            super(p, reason, String.class);
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }
}
