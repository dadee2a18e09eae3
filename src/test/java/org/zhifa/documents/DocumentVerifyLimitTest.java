package org.zhifa.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.zhifa.documents.internal.DocumentsProperties;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** The public verification upload is limited per address (common.RateLimiter): over the limit, 429 and when to retry. */
@ZhifaIntegrationTest
class DocumentVerifyLimitTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    DocumentsProperties settings;

    private MockHttpServletResponse upload(MockMvc mvc, String address) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.multipart("/public/documents/verify")
                .file(new MockMultipartFile("file", "x.pdf", "application/pdf", "%PDF-1.4 not issued".getBytes()))
                .with(csrf()).with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                })).andReturn().getResponse();
    }

    @Test
    void one_address_checks_at_most_the_configured_number_of_files_per_window_then_gets_429() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        int limit = settings.verifyLimit().uploads();
        for (int i = 0; i < limit; i++) {
            assertThat(upload(mvc, "203.0.113.41").getStatus()).as("upload %d", i + 1).isEqualTo(200);
        }
        MockHttpServletResponse over = upload(mvc, "203.0.113.41");
        assertThat(over.getStatus()).isEqualTo(429);
        assertThat(over.getHeader("Retry-After")).isNotBlank();
        assertThat(over.getContentAsString(StandardCharsets.UTF_8)).contains("核验过于频繁", "秒后再试");
        // another address is not affected
        assertThat(upload(mvc, "203.0.113.42").getStatus()).isEqualTo(200);
    }
}
