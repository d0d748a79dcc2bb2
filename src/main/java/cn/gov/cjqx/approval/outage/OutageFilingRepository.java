package cn.gov.cjqx.approval.outage;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface OutageFilingRepository extends JpaRepository<OutageFiling, Long> {

	List<OutageFiling> findByWebsiteIdOrderByOfflineSinceAsc(Long websiteId);

}
