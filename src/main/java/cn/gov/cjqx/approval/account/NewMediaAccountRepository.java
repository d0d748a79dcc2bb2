package cn.gov.cjqx.approval.account;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NewMediaAccountRepository extends JpaRepository<NewMediaAccount, Long> {

	@EntityGraph(attributePaths = "hostUnit")
	List<NewMediaAccount> findAllByOrderByIdAsc();

	@EntityGraph(attributePaths = "hostUnit")
	List<NewMediaAccount> findByHostUnitCodeInOrderByIdAsc(java.util.Collection<String> unitCodes);

}
