package cn.gov.cjqx.approval.material;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MaterialRepository extends JpaRepository<Material, UUID> {

	@Query("select m.id from Material m where m.id in :ids and m.unit.id = :unitId")
	Set<UUID> findIdsOfUnit(Collection<UUID> ids, Long unitId);

}
