package org.zhifa.supervision.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.supervision.internal.Campaigns;

/**
 * The published draw manifest of an evaluation campaign: before the draw the frozen input, its hash and the
 * commitment; after the draw also the seed and the result, so that anyone recomputes the sample with
 * {@code java -jar zhifa.jar verify-draw manifest.json} (docs/random-draw.md). Keys carry no personal data.
 */
@RestController
class PublicDrawController {

    private final Campaigns campaigns;

    PublicDrawController(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping("/api/public/supervision/campaigns/{number}/manifest.json")
    ResponseEntity<String> manifest(@PathVariable String number) {
        Campaigns.Campaign c = campaigns.findByNumber(number);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(c.number() + "-manifest.json").build().toString())
                .body(campaigns.manifestText(c.id()));
    }
}
