/**
 * The one database that every node shares: Camunda's schema created once by migration, a start-up lock so that nodes
 * starting together set up roles and data one after another, the engine's zone fixed and checked against the
 * database, and what counts as the database being unavailable or busy (answered 503, never 500).
 */
package cn.gov.cjqx.approval.database;
