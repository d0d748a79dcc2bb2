package cn.gov.cjqx.approval.procedure;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.cjqx.approval.identity.AppUser;
import cn.gov.cjqx.approval.identity.CurrentUser;
import cn.gov.cjqx.approval.system.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 转办, 委派 (a step's holder, to a colleague by name) and 抄送 (a procedure, to a person or a group, to read). */
@RestController
@Tag(name = "转办、委派、抄送")
class HandoverController {

	private final Handovers handovers;

	private final ProcedureRepository procedures;

	HandoverController(Handovers handovers, ProcedureRepository procedures) {
		this.handovers = handovers;
		this.procedures = procedures;
	}

	record HandOver(@NotBlank @Size(max = 64) String to) {
	}

	record Copy(@Size(max = 64) String userId, @Size(max = 100) String groupId, @Size(max = 500) String note) {
	}

	/** A copy as answered: to whom. */
	record Copied(String businessKey, String userId, String groupId) {
	}

	@GetMapping("/api/tasks/{taskId}/colleagues")
	@Operation(summary = "可以转办或委派给的同事（本环节有办理权限的人员，按姓名）；只有此环节的办理人可查")
	List<Handovers.Colleague> colleagues(@PathVariable String taskId) {
		return handovers.colleagues(CurrentUser.get(), taskId);
	}

	@PostMapping("/api/tasks/{taskId}/transfer")
	@Operation(summary = "转办：此环节交给一位同事办理（204）；同事须有本环节的办理权限")
	ResponseEntity<Void> transfer(@PathVariable String taskId, @Valid @RequestBody HandOver body) {
		handovers.handOver(CurrentUser.get(), taskId, body.to(), false);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/tasks/{taskId}/delegation")
	@Operation(summary = "委派：同事办理后交回本人（204）")
	ResponseEntity<Void> delegate(@PathVariable String taskId, @Valid @RequestBody HandOver body) {
		handovers.handOver(CurrentUser.get(), taskId, body.to(), true);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/procedures/{businessKey}/copies")
	@Operation(summary = "抄送：给一个人（userId）或一个组（groupId）查看此事项，对方只能查看不能办理（201）")
	ResponseEntity<Copied> copy(@PathVariable String businessKey, @Valid @RequestBody Copy body) {
		AppUser user = CurrentUser.get();
		Procedure procedure = procedures.findByBusinessKey(businessKey)
			.filter(p -> user.canSeeUnit(p.getUnit().getCode()))
			.orElseThrow(() -> ApiException.notFound("未找到业务编号为 " + businessKey + " 的事项"));
		ProcedureEvent copied = handovers.copy(user, procedure, body.userId(), body.groupId(), body.note());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new Copied(businessKey, copied.getTargetUser(), copied.getTargetGroup()));
	}

}
