package org.zhifa;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modular monolith stays modular: no module reaches into another's internals; docs go to target/. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(ZhifaApplication.class);

    @Test
    void modules_respect_their_boundaries() {
        modules.verify();
    }

    @Test
    void writes_module_documentation() {
        new Documenter(modules).writeDocumentation();
    }
}
