using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SimpleCrm.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class LeadIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Leads_ContactId",
                table: "Leads");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_ContactId_IsDeleted_StatusId_ResponsibleUserId",
                table: "Leads",
                columns: new[] { "ContactId", "IsDeleted", "StatusId", "ResponsibleUserId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Leads_ContactId_IsDeleted_StatusId_ResponsibleUserId",
                table: "Leads");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_ContactId",
                table: "Leads",
                column: "ContactId");
        }
    }
}
