package cn.gov.cjqx.approval.system;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface IdempotencyRecordRepository extends JpaRepository<IdempotencyRecord, Long> {

	Optional<IdempotencyRecord> findByUserIdAndKey(String userId, String key);

}
