package cn.gov.cjqx.approval.website;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WebsiteRepository extends JpaRepository<Website, Long> {

	@EntityGraph(attributePaths = "hostUnit")
	List<Website> findAllByOrderByIdAsc();

	@EntityGraph(attributePaths = "hostUnit")
	List<Website> findByHostUnitCodeInOrderByIdAsc(Collection<String> unitCodes);

}
