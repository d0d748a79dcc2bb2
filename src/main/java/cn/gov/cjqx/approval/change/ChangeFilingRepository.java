package cn.gov.cjqx.approval.change;

import org.springframework.data.jpa.repository.JpaRepository;

interface ChangeFilingRepository extends JpaRepository<ChangeFiling, Long> {

}
