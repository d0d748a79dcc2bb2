package cn.gov.cjqx.approval.system;

import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A test-only endpoint with the shapes our start calls use (records, enums, dates, nested lists), to prove the shared
 * error handling on each kind of bad input. Lives in test sources: component scanning picks it up only in tests.
 */
@RestController
class ErrorProbeController {

	enum Colour {
		RED, GREEN
	}

	record Item(@NotBlank(message = "名称不能为空") String name) {
	}

	record Probe(@NotBlank(message = "标题不能为空") @Size(max = 10, message = "标题不能超过 10 个字") String title,
			@NotNull(message = "颜色不能为空") Colour colour, Integer count, LocalDate day, List<@Valid Item> items) {
	}

	@PostMapping("/api/test-probe")
	Probe echo(@Valid @RequestBody Probe probe) {
		return probe;
	}

}
