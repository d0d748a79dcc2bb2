package cn.gov.cjqx.approval.procedure;

import java.time.LocalDate;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gov.cjqx.approval.calendar.WorkingDayCalendar;

/**
 * Hands out business keys such as {@code XMT-KS-2026-0001}: prefix of the kind, year in Asia/Shanghai, and a
 * sequence per prefix and year. Start calls take their key before they open the start's transaction, in a short
 * transaction of its own, so that concurrent starts neither queue behind one counter row for the whole start nor need
 * a second connection while they hold one (which exhausts the pool under load); a start that fails afterwards leaves
 * a gap in the numbering. Called inside a transaction (a delegate giving a key to a start without one) it joins it.
 */
@Component
public class BusinessKeys {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	BusinessKeys(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	public String next(ProcedureKind kind, LocalDate today) {
		return "%s-%d-%04d".formatted(kind.keyPrefix(), today.getYear(), increment(kind.keyPrefix(), today.getYear()));
	}

	public String next(ProcedureKind kind) {
		return next(kind, LocalDate.now(WorkingDayCalendar.ZONE));
	}

	private long increment(String prefix, int year) {
		for (int attempt = 0; attempt < 5; attempt++) {
			try {
				return transaction.execute(status -> incrementOrCreate(prefix, year));
			}
			catch (DataIntegrityViolationException | ConcurrencyFailureException concurrentFirstKeyOfTheYear) {
				// another start created the row first: increment it anew (in a transaction of our own; a joined
				// transaction is marked for rollback by now and fails the caller, which may retry)
				if (TransactionSynchronizationManager.isActualTransactionActive()) {
					throw concurrentFirstKeyOfTheYear;
				}
			}
		}
		throw new IllegalStateException("could not allocate a business key for " + prefix + " " + year);
	}

	private long incrementOrCreate(String prefix, int year) {
		int updated = jdbc.update(
				"update business_key_sequence set last_value = last_value + 1 where prefix = ? and seq_year = ?", prefix,
				year);
		if (updated == 0) {
			jdbc.update("insert into business_key_sequence (prefix, seq_year, last_value) values (?, ?, 1)", prefix,
					year);
			return 1;
		}
		return jdbc.queryForObject("select last_value from business_key_sequence where prefix = ? and seq_year = ?",
				Long.class, prefix, year);
	}

}
