package cn.gov.cjqx.approval.change;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountChangeRepository extends JpaRepository<AccountChange, Long> {

	List<AccountChange> findByAccountIdOrderByChangedAtAscIdAsc(Long accountId);

}
