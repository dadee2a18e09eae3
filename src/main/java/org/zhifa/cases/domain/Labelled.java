package org.zhifa.cases.domain;

import java.util.HashMap;
import java.util.Map;

/** A choice shown to users by its Chinese label (form options, documents): the {@link Label} of its enum constant. */
public interface Labelled {

    String name();

    default String label() {
        return Labels.OF_TYPE.get(((Enum<?>) this).getDeclaringClass()).get(name());
    }

    /** The labels of an enum's constants, read once per type. */
    final class Labels {

        private static final ClassValue<Map<String, String>> OF_TYPE = new ClassValue<>() {
            @Override
            protected Map<String, String> computeValue(Class<?> type) {
                Map<String, String> labels = new HashMap<>();
                for (var field : type.getDeclaredFields()) {
                    Label label = field.getAnnotation(Label.class);
                    if (field.isEnumConstant() && label != null) {
                        labels.put(field.getName(), label.value());
                    }
                }
                return Map.copyOf(labels);
            }
        };

        private Labels() {
        }
    }
}
