package cn.gov.cjqx.approval.takedown;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TakedownFilingRepository extends JpaRepository<TakedownFiling, Long> {

	/** Takedowns that count for ART10_ONCE_PER_YEAR: running, or carried out (not rejected or withdrawn). */
	@Query("""
			select count(t) from TakedownFiling t, Procedure p
			where p.id = t.procedureId and t.websiteId = :websiteId and t.startYear = :year
			and (p.outcome is null or p.outcome = cn.gov.cjqx.approval.procedure.Outcome.APPROVED)
			and t.procedureId <> :exceptProcedureId""")
	long countForYear(Long websiteId, int year, Long exceptProcedureId);

	List<TakedownFiling> findByWebsiteIdOrderByPlannedStartAsc(Long websiteId);

}
