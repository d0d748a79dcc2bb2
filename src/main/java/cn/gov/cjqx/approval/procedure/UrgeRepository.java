package cn.gov.cjqx.approval.procedure;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UrgeRepository extends JpaRepository<Urge, Long> {

	List<Urge> findByBusinessKeyOrderByUrgedAtAsc(String businessKey);

	boolean existsByTaskIdAndUrgedOn(String taskId, LocalDate urgedOn);

}
