package cn.gov.cjqx.approval.procedure;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProcedureRepository extends JpaRepository<Procedure, Long> {

	@EntityGraph(attributePaths = { "unit", "violations" })
	Optional<Procedure> findByBusinessKey(String businessKey);

	@EntityGraph(attributePaths = "unit")
	Optional<Procedure> findByProcessInstanceId(String processInstanceId);

}
