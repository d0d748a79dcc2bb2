package cn.gov.cjqx.approval.cockpit;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.cjqx.approval.account.PlatformCatalog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * GET /api/labels for Cockpit's customScript, which calls it with Cockpit's own session (a GET, as
 * identity.TasklistSessionFilter allows). Every signed-in user may read it: the labels are those the forms show.
 */
@RestController
@Tag(name = "显示名称")
class LabelController {

	private final EngineLabels labels;

	LabelController(PlatformCatalog platforms) {
		this.labels = EngineLabels.of(platforms);
	}

	@GetMapping("/api/labels")
	@Operation(summary = "枚举值、平台代码和流程变量的中文名称（Cockpit 变量表显示用）")
	EngineLabels labels() {
		return labels;
	}

}
