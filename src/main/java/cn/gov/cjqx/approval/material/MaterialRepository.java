package cn.gov.cjqx.approval.material;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MaterialRepository extends JpaRepository<Material, UUID> {

	/**
	 * Native SQL: Hibernate translates a JPQL query with a list parameter to SQL anew on every call, and this one runs
	 * twice in every filing. The ids come back as text, which H2 and PostgreSQL return alike.
	 */
	@Query(value = "select cast(id as varchar(36)) from material where unit_id = :unitId and id in (:ids)",
			nativeQuery = true)
	Set<String> findIdsOfUnit(Collection<UUID> ids, Long unitId);

	/** The file names of those of the ids that are materials of the unit (a correction page shows what was attached). */
	@Query("select m.id as id, m.fileName as fileName from Material m where m.unit.id = :unitId and m.id in :ids")
	java.util.List<MaterialName> findNamesOfUnit(Collection<UUID> ids, Long unitId);

	interface MaterialName {

		UUID getId();

		String getFileName();

	}

}
