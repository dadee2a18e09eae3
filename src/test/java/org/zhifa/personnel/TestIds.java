package org.zhifa.personnel;

/** Fictitious ID numbers for tests: 17 digits plus the GB 11643 check character. */
final class TestIds {

    private TestIds() {
    }

    static String valid(String first17) {
        return first17 + IdCardNumber.checkCharacter(first17);
    }
}
