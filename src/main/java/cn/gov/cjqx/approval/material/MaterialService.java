package cn.gov.cjqx.approval.material;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import cn.gov.cjqx.approval.identity.AppUser;
import cn.gov.cjqx.approval.identity.Groups;
import cn.gov.cjqx.approval.system.ApiException;
import cn.gov.cjqx.approval.system.Violation;
import cn.gov.cjqx.approval.unit.Unit;
import cn.gov.cjqx.approval.unit.UnitRepository;

/** Stores and serves materials; the checks here hold for every upload path (REST, the upload page). */
@Service
public class MaterialService {

	private final MaterialRepository materials;

	private final UnitRepository units;

	private final DataSize maxSize;

	MaterialService(MaterialRepository materials, UnitRepository units,
			@Value("${app.materials.max-size}") DataSize maxSize) {
		this.materials = materials;
		this.units = units;
		this.maxSize = maxSize;
	}

	@Transactional
	public Material store(AppUser user, MultipartFile file, String requestedUnit) throws IOException {
		if (!user.inAnyGroup(Groups.APPLICANTS, Groups.UNIT_LEADERS, Groups.BUREAU_OFFICE, Groups.CITY_GOV_OFFICE)) {
			throw ApiException.forbidden("FORBIDDEN_GROUP", "只有经办人、单位领导、局办公室和市政府办公室可以上传材料");
		}
		if (file.isEmpty()) {
			throw ApiException.badRequest("EMPTY_FILE", "file", "上传的文件是空的");
		}
		if (file.getSize() > maxSize.toBytes()) {
			String detail = "文件超过允许的大小（最大 " + maxSize.toMegabytes() + " MB）";
			throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, detail,
					List.of(new Violation("FILE_TOO_LARGE", "file", detail)));
		}
		String fileName = FileNames.sanitize(file.getOriginalFilename());
		MaterialType type = MaterialType.byFileName(fileName)
			.orElseThrow(() -> unsupported("只允许上传 " + MaterialType.allowedExtensions() + " 文件"));
		byte[] content = file.getBytes();
		if (!type.matches(content)) {
			throw unsupported("文件内容与扩展名不符，请上传真实的 " + MaterialType.allowedExtensions() + " 文件");
		}
		Unit unit = unitOf(user, requestedUnit);
		return materials.save(new Material(fileName, type.mediaType(), content, sha256(content), unit, user.id()));
	}

	@Transactional(readOnly = true)
	public Material load(AppUser user, UUID id) {
		Material material = materials.findById(id).orElseThrow(() -> ApiException.notFound("未找到该材料"));
		String unitCode = material.getUnit() == null ? null : material.getUnit().getCode();
		if (!user.canSeeUnit(unitCode) && !user.id().equals(material.getUploadedBy())) {
			throw ApiException.forbidden("FORBIDDEN_UNIT", "只能查看本单位的材料");
		}
		material.getContent(); // load the bytes inside the transaction
		return material;
	}

	/** Those of the given ids that are materials of the unit. */
	@Transactional(readOnly = true)
	public Set<UUID> idsOfUnit(Collection<UUID> ids, Long unitId) {
		return ids.isEmpty() ? Set.of()
				: materials.findIdsOfUnit(ids, unitId).stream().map(UUID::fromString).collect(Collectors.toSet());
	}

	/** File names by id, of those of the given ids that are materials of the unit. */
	@Transactional(readOnly = true)
	public java.util.Map<UUID, String> fileNamesOfUnit(Collection<UUID> ids, Long unitId) {
		return ids.isEmpty() ? java.util.Map.of()
				: materials.findNamesOfUnit(ids, unitId)
					.stream()
					.collect(Collectors.toMap(MaterialRepository.MaterialName::getId,
							MaterialRepository.MaterialName::getFileName));
	}

	/** The uploader's unit: the one it belongs to, or the one named when it belongs to several. */
	private Unit unitOf(AppUser user, String requestedUnit) {
		Set<String> unitCodes = user.unitCodes();
		String code;
		if (requestedUnit != null && !requestedUnit.isBlank()) {
			if (!unitCodes.contains(requestedUnit) && !user.isApprover()) {
				throw ApiException.forbidden("FORBIDDEN_UNIT", "只能为本单位上传材料");
			}
			code = requestedUnit;
		}
		else if (unitCodes.size() == 1) {
			code = unitCodes.iterator().next();
		}
		else if (unitCodes.isEmpty()) {
			return null;
		}
		else {
			throw ApiException.badRequest("MISSING_FIELD", "unit", "您属于多个单位，请用参数 unit 指明为哪个单位上传");
		}
		return units.findByCode(code)
			.orElseThrow(() -> ApiException.badRequest("INVALID_VALUE", "unit", "单位代码不存在：" + code));
	}

	private static ApiException unsupported(String detail) {
		return new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, detail,
				List.of(new Violation("UNSUPPORTED_FILE_TYPE", "file", detail)));
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
