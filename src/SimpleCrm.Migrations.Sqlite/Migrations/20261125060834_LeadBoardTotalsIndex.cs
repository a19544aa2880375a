using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SimpleCrm.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LeadBoardTotalsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Leads_StatusId_IsDeleted_Currency_EstimatedAmount",
                table: "Leads",
                columns: new[] { "StatusId", "IsDeleted", "Currency", "EstimatedAmount" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Leads_StatusId_IsDeleted_Currency_EstimatedAmount",
                table: "Leads");
        }
    }
}
