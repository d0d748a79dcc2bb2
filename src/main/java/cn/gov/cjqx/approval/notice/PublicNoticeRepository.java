package cn.gov.cjqx.approval.notice;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PublicNoticeRepository extends JpaRepository<PublicNotice, Long> {

	List<PublicNotice> findByEndsOnGreaterThanEqualOrderByPublishedOnDescIdDesc(LocalDate endsOnOrAfter);

	List<PublicNotice> findByProvisionalTrueAndRevokedFalseAndEndsOnGreaterThanEqual(LocalDate endsOnOrAfter);

	List<PublicNotice> findByBusinessKeyOrderByIdAsc(String businessKey);

}
