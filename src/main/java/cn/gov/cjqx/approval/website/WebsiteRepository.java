package cn.gov.cjqx.approval.website;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WebsiteRepository extends JpaRepository<Website, Long> {

	/** The website, locked until the transaction ends: its takedown rules are decided under this lock. */
	@org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
	@org.springframework.data.jpa.repository.Query("select w from Website w join fetch w.hostUnit where w.id = :id")
	java.util.Optional<Website> lockById(Long id);

	@EntityGraph(attributePaths = "hostUnit")
	java.util.Optional<Website> findWithHostUnitById(Long id);

	@EntityGraph(attributePaths = "hostUnit")
	List<Website> findAllByOrderByIdAsc();

	@EntityGraph(attributePaths = "hostUnit")
	List<Website> findByHostUnitCodeInOrderByIdAsc(Collection<String> unitCodes);

}
