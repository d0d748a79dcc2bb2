package cn.gov.cjqx.approval.procedure;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProcedureEventRepository extends JpaRepository<ProcedureEvent, Long> {

	List<ProcedureEvent> findByBusinessKeyOrderByHappenedAtAscIdAsc(String businessKey);

	boolean existsByBusinessKeyAndKindAndTargetUser(String businessKey, ProcedureEvent.Kind kind, String targetUser);

	boolean existsByBusinessKeyAndKindAndTargetGroupIn(String businessKey, ProcedureEvent.Kind kind,
			Collection<String> targetGroups);

}
