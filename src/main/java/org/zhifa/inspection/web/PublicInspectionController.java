package org.zhifa.inspection.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.zhifa.inspection.internal.SpotCheckItem;
import org.zhifa.inspection.internal.SpotCheckItems;
import org.zhifa.publicity.PublicityProperties;

/** The public pages of 双随机、一公开: the spot-check item list (事前公示), plans, draws and results. No login. */
@Controller
@Tag(name = "双随机一公开（公开）", description = "随机抽查事项清单、抽查计划、抽取记录与检查结果，无需登录")
class PublicInspectionController {

    private final SpotCheckItems items;
    private final PublicityProperties publicity;

    PublicInspectionController(SpotCheckItems items, PublicityProperties publicity) {
        this.items = items;
        this.publicity = publicity;
    }

    @ModelAttribute("hotline")
    String hotline() {
        return publicity.hotline();
    }

    @GetMapping("/api/public/inspection/items")
    @ResponseBody
    @Operation(summary = "随机抽查事项清单", description = "已公布的抽查事项及其检查内容和依据条款")
    List<SpotCheckItem> itemsApi() {
        return items.published();
    }

    @GetMapping("/public/inspection/items")
    String itemsPage(Model model) {
        model.addAttribute("items", items.published());
        return "inspection/public/items";
    }
}
