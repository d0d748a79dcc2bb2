package cn.gov.cjqx.approval.content;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ContentItemRepository extends JpaRepository<ContentItem, Long> {

	List<ContentItem> findByAccountIdAndStatusOrderByPublishedAtDesc(Long accountId, ContentStatus status);

	List<ContentItem> findByWebsiteIdAndStatusOrderByPublishedAtDesc(Long websiteId, ContentStatus status);

	@Query("select max(c.publishedAt) from ContentItem c where c.accountId = :id and c.status = 'PUBLISHED'")
	Instant lastPublishedOnAccount(@Param("id") Long accountId);

	@Query("select max(c.publishedAt) from ContentItem c where c.websiteId = :id and c.status = 'PUBLISHED'")
	Instant lastPublishedOnWebsite(@Param("id") Long websiteId);

	@Query("""
			select c.accountId, max(c.publishedAt) from ContentItem c
			where c.accountId in :ids and c.status = 'PUBLISHED' group by c.accountId""")
	List<Object[]> lastPublishedOnAccounts(@Param("ids") java.util.Collection<Long> accountIds);

	@Query("""
			select c.websiteId, max(c.publishedAt) from ContentItem c
			where c.websiteId in :ids and c.status = 'PUBLISHED' group by c.websiteId""")
	List<Object[]> lastPublishedOnWebsites(@Param("ids") java.util.Collection<Long> websiteIds);

	/** The items of some units (or all), newest first, optionally of one target and one status. */
	@Query("""
			select c from ContentItem c, cn.gov.cjqx.approval.procedure.Procedure p
			where p.id = c.procedureId and (:all = true or p.unit.code in :units)
			and (:accountId is null or c.accountId = :accountId)
			and (:websiteId is null or c.websiteId = :websiteId)
			and (:status is null or c.status = :status)
			order by c.procedureId desc""")
	Page<ContentItem> search(@Param("all") boolean all, @Param("units") java.util.Collection<String> units, @Param("accountId") Long accountId,
			@Param("websiteId") Long websiteId, @Param("status") ContentStatus status, Pageable page);

}
