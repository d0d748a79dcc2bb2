package cn.gov.cjqx.approval.closure;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClosureFilingRepository extends JpaRepository<ClosureFiling, Long> {

}
