using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SimpleCrm.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class StageTaskTemplates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "StageId",
                table: "TaskTemplateTriggers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_TaskTemplateTriggers_StageId",
                table: "TaskTemplateTriggers",
                column: "StageId");

            migrationBuilder.CreateIndex(
                name: "IX_TaskTemplateTriggers_TaskTemplateId_StageId",
                table: "TaskTemplateTriggers",
                columns: new[] { "TaskTemplateId", "StageId" },
                unique: true);

            migrationBuilder.AddCheckConstraint(
                name: "CK_TaskTemplateTriggers_StatusOrStage",
                table: "TaskTemplateTriggers",
                sql: "(LeadStatusId IS NOT NULL AND StageId IS NULL) OR (LeadStatusId IS NULL AND StageId IS NOT NULL)");

            migrationBuilder.AddForeignKey(
                name: "FK_TaskTemplateTriggers_Stages_StageId",
                table: "TaskTemplateTriggers",
                column: "StageId",
                principalTable: "Stages",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_TaskTemplateTriggers_Stages_StageId",
                table: "TaskTemplateTriggers");

            migrationBuilder.DropIndex(
                name: "IX_TaskTemplateTriggers_StageId",
                table: "TaskTemplateTriggers");

            migrationBuilder.DropIndex(
                name: "IX_TaskTemplateTriggers_TaskTemplateId_StageId",
                table: "TaskTemplateTriggers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_TaskTemplateTriggers_StatusOrStage",
                table: "TaskTemplateTriggers");

            migrationBuilder.DropColumn(
                name: "StageId",
                table: "TaskTemplateTriggers");
        }
    }
}
