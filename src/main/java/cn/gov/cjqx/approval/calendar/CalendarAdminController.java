package cn.gov.cjqx.approval.calendar;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.core.JsonProcessingException;

import cn.gov.cjqx.approval.identity.AppUser;
import cn.gov.cjqx.approval.identity.CurrentUser;
import cn.gov.cjqx.approval.identity.Groups;
import cn.gov.cjqx.approval.system.ApiException;
import cn.gov.cjqx.approval.system.Violation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "工作日")
class CalendarAdminController {

	private final HolidayData holidayData;

	CalendarAdminController(HolidayData holidayData) {
		this.holidayData = holidayData;
	}

	@PutMapping("/api/calendar/years/{year}")
	@Operation(summary = "上传一年的节假日安排（国务院办公厅通知）；暂定的公告期随即重新计算，只延长不缩短")
	UploadView upload(@PathVariable int year, @RequestBody HolidayYear data) throws JsonProcessingException {
		AppUser user = CurrentUser.get();
		if (!user.inAnyGroup(Groups.ADMIN, Groups.BUREAU_OFFICE)) {
			throw ApiException.forbidden("FORBIDDEN_GROUP", "只有系统管理员和局办公室可以上传节假日安排");
		}
		List<Violation> problems = HolidayData.problems(data, year);
		if (!problems.isEmpty()) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "节假日安排数据有误", problems);
		}
		return new UploadView(year, holidayData.upload(data, user.id()));
	}

	record UploadView(int year, int extendedNotices) {
	}

}
