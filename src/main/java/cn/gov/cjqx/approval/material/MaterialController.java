package cn.gov.cjqx.approval.material;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.gov.cjqx.approval.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "材料")
class MaterialController {

	private final MaterialService service;

	MaterialController(MaterialService service) {
		this.service = service;
	}

	@PostMapping(path = "/api/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "上传一份材料（pdf、ofd、doc、docx、jpg、png），返回其编号")
	ResponseEntity<MaterialView> upload(@RequestParam("file") MultipartFile file,
			@RequestParam(name = "unit", required = false) String unit) throws IOException {
		Material material = service.store(CurrentUser.get(), file, unit);
		return ResponseEntity.created(URI.create("/api/materials/" + material.getId())).body(MaterialView.of(material));
	}

	@GetMapping("/api/materials/{id}")
	@Operation(summary = "下载或查看一份材料（本单位及审批人员）")
	ResponseEntity<byte[]> download(@PathVariable UUID id) {
		Material material = service.load(CurrentUser.get(), id);
		boolean inline = MaterialType.byMediaType(material.getMediaType()).map(MaterialType::inline).orElse(false);
		ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(material.getFileName(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(material.getMediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("Content-Security-Policy", "sandbox")
			.cacheControl(CacheControl.noStore().cachePrivate())
			.eTag(material.getSha256())
			.body(material.getContent());
	}

	record MaterialView(UUID id, String fileName, String mediaType, long size, String sha256, String unitCode,
			String uploadedBy, Instant uploadedAt, String url) {

		static MaterialView of(Material m) {
			return new MaterialView(m.getId(), m.getFileName(), m.getMediaType(), m.getSizeBytes(), m.getSha256(),
					m.getUnit() == null ? null : m.getUnit().getCode(), m.getUploadedBy(), m.getUploadedAt(),
					"/api/materials/" + m.getId());
		}
	}

}
