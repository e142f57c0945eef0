/** What the remediator knows about the CRM's data: how a failed post's error names its cause. */
package dev.responder.remediator.crm;
