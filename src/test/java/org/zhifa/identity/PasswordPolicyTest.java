package org.zhifa.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(8, 3);

    @Test
    void password_shorter_than_eight_characters_is_refused_per_level_three_identification() {
        assertThat(policy.check("Ab1#xyz", "u").isAllowed()).isFalse();
    }

    @Test
    void password_with_fewer_than_three_character_classes_is_refused() {
        assertThat(policy.check("abcdefgh1", "u").isAllowed()).isFalse();
        assertThat(policy.check("abcdefG1", "u").isAllowed()).isTrue();
    }

    @Test
    void password_containing_the_user_name_is_refused() {
        assertThat(policy.check("Officer1#abc", "officer1").isAllowed()).isFalse();
    }
}
